-- H2 (quick start): a document's figures, frozen when drafted or refreshed, as JSON in a clob.
alter table periodic_document add column figures clob null;
