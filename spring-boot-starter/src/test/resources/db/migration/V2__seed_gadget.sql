INSERT INTO gadget (id, name) VALUES (1, '${greeting}');
