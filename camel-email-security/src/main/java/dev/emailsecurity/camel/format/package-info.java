/**
 * The detections in the formats SIEMs and data lakes read: OCSF, ECS and CloudEvents, as Camel data type transformers
 * ({@code email-security:application-ocsf+json}, {@code email-security:application-ecs+json},
 * {@code email-security:application-cloudevents+json}, {@code email-security:application-cloudevents}), and the
 * indicators of compromise extracted from each item. See docs/formats.md.
 */
package dev.emailsecurity.camel.format;
