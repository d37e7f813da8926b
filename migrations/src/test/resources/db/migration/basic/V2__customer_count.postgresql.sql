-- PostgreSQL's variant of version 2: a function whose dollar-quoted body holds semicolons.
CREATE FUNCTION customer_count() RETURNS bigint AS $$
BEGIN
    RETURN (SELECT count(*) FROM customer); -- counted; not split
END;
$$ LANGUAGE plpgsql;
