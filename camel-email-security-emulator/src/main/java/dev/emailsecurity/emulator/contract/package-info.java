/**
 * The OpenAPI document (the extract, its addendum and the newest SDK's widening), request rules
 * from its constraints, and the optional contract check of every exchange. Internal to the emulator.
 */
package dev.emailsecurity.emulator.contract;
