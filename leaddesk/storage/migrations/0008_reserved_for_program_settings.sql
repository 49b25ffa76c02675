-- Issue 13: number 0008 belongs to the program settings and staff roster (developer B's branch). This
-- branch (casework, 0009) keeps the ladder gapless with this empty step; when the branches are merged,
-- B's 0008 replaces this file.
SELECT 1;
