/**
 * The dialect SPI: everything that differs between databases (bind markers, identifier quoting,
 * type names, paging, {@code IN} lists, upsert and locking syntax, transactional DDL, generated
 * keys, error translation) behind one interface, with PostgreSQL and H2 built in. Code outside a
 * dialect never asks which database it talks to.
 */
@NullMarked
package dev.quicksilver.core.dialect;

import org.jspecify.annotations.NullMarked;
