CREATE OR REPLACE VIEW customer_names AS SELECT name FROM customer;
