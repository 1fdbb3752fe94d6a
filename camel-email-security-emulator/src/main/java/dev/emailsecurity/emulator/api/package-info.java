/**
 * The vocabulary shared by the request pipeline, the stores and the handlers: a parsed request
 * ({@code ApiRequest}), a reply and its envelope ({@code Reply}, {@code Outcome}), API errors, paging, routes, JSON.
 * Internal to the emulator: public only so that its other packages can use it.
 */
package dev.emailsecurity.emulator.api;
