/**
 * The event lexicon (verbs, nominal triggers, light and control verbs with CAMEO codes), the
 * dependency-pattern matcher that reads triggers and their source and target actors from UD
 * enhanced++ parses, and the rules for the target an event implies when its sentence names none
 * ({@link org.pharos.coder.events.ImpliedTarget}: its place's country, or a citizenry's own government).
 */
package org.pharos.coder.events;
