-- The first migration: a table, and rows whose text holds a semicolon and a doubled quote.
CREATE TABLE customer (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
INSERT INTO customer (id, name) VALUES (1, 'Smith; John');
/* a block comment; with a semicolon */
INSERT INTO customer (id, name) /* id; name */ VALUES (2, 'O''Brien'); -- a trailing comment; ignored
