INSERT INTO customer (id, name) VALUES (3, '${owner}');
-- a statement with rows: drained, not an error
SELECT COUNT(*) FROM customer;
