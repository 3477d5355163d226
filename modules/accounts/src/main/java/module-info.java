/** Accounts and bans, each kept in one JSON file of the data directory, and the server-side password hash. */
module dev.parley.accounts {
    // Parley
    requires transitive dev.parley.protocol;
    requires dev.parley.files;

    // JSON
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;

    // logging
    requires org.slf4j;

    exports dev.parley.accounts;

    opens dev.parley.accounts.storage to
            com.fasterxml.jackson.databind;
}
