/**
 * The event lexicon (verbs, nominal triggers, light and control verbs with CAMEO codes) and the
 * dependency-pattern matcher that reads triggers and their source and target actors from UD
 * enhanced++ parses.
 */
package org.pharos.coder.events;
