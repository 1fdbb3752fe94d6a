/**
 * The emulated state: messages and what happened to them, submissions, PhishGuard reports, bulk jobs,
 * the eight settings resources, the deterministic seeding, and {@code Backend}, which holds them under one lock.
 * Internal to the emulator.
 */
package dev.emailsecurity.emulator.store;
