/** What the WebFlux examples share: their error answers. */
@NullMarked
package dev.quicksilver.examples.web;

import org.jspecify.annotations.NullMarked;
