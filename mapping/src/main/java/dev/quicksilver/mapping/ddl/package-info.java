/**
 * DDL rendered from entity metadata, per dialect: {@link dev.quicksilver.mapping.ddl.SchemaDdl}
 * turns a set of entities into CREATE TABLE, association-table, foreign-key, index and sequence
 * statements (and DROP statements). Only DDL is rendered here; statements that read or write rows
 * belong to the query layer.
 */
@NullMarked
package dev.quicksilver.mapping.ddl;

import org.jspecify.annotations.NullMarked;
