-- H2's variant of version 2: a view (H2 has no plpgsql).
CREATE VIEW customer_count AS SELECT COUNT(*) AS n FROM customer;
