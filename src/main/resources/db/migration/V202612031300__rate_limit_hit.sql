-- One hit on a fixed-window rate-limit counter, for RateLimiter and for SQL that counts a hit
-- in the same statement as its other work (a newsletter sign-up). Returns the window's hits so far.
CREATE FUNCTION rate_limit_hit(p_bucket text, p_window_start timestamptz) RETURNS integer
    LANGUAGE sql VOLATILE
AS $$
    INSERT INTO rate_limit_counter (bucket, window_start, hits) VALUES (p_bucket, p_window_start, 1)
    ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counter.hits + 1
    RETURNING hits
$$;
