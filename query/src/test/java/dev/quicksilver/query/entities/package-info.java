/** Small entities for the write, session and inventory kits: records and a mutable class. */
@NullMarked
package dev.quicksilver.query.entities;

import org.jspecify.annotations.NullMarked;
