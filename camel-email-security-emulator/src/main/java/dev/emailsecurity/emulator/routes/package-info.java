/**
 * One class per API area binding its operations to the store and the renderers; {@code Routes} builds
 * the table of all of them. Internal to the emulator.
 */
package dev.emailsecurity.emulator.routes;
