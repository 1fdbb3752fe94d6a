/**
 * The HTTP edge: the JDK server's handler running the request pipeline (route, faults, credentials,
 * rate limit, request rules, dispatch, contract check, recording), credentials and budgets, TCP_NODELAY.
 * Internal to the emulator.
 */
package dev.emailsecurity.emulator.http;
