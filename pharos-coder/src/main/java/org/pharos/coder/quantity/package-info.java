/**
 * Quantities attached to events (killed, injured, arrested, attacks, troops, missiles, drones, money):
 * number phrases with their hedges ("at least 7", "nearly 100", "150-165", "dozens"), what they count,
 * and whether they belong to a given event trigger.
 */
package org.pharos.coder.quantity;
