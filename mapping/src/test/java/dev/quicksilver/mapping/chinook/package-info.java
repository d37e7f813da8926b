/** The Chinook sample schema (MIT licence) declared as Quicksilver entities, for tests. */
package dev.quicksilver.mapping.chinook;
