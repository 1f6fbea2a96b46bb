-- MariaDB only (H2 has no character sets): Chinese names and addresses need full UTF-8,
-- whatever default the server was installed with. Applies to the connection's database.
alter database character set = utf8mb4 collate = utf8mb4_unicode_ci;
