/**
 * Renders stored messages as the API shows them: MessageDetails, detections, trace, the raw EML and
 * the preview PNG. Internal to the emulator.
 */
package dev.emailsecurity.emulator.render;
