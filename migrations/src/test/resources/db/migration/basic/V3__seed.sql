INSERT INTO customer (id, name) VALUES (3, '${owner}');
