-- MariaDB: a document's figures, frozen when drafted or refreshed, as JSON in longtext.
alter table periodic_document add column figures longtext null;
