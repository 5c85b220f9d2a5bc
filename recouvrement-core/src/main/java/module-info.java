/**
 * recouvrement-core: the pure domain of the recovery of unpaid claims under French, Belgian and EU law.
 *
 * <p>No I/O beyond reading the library's own data tables, no clock, no default locale or time zone. Depends at run
 * time on slf4j-api only.
 */
module org.recouvrement.core {
    requires static org.immutables.value.annotations;
    requires org.slf4j;

    exports org.recouvrement;
    exports org.recouvrement.money;
    exports org.recouvrement.law;
    exports org.recouvrement.party;
    exports org.recouvrement.claim;
    exports org.recouvrement.recovery;
    exports org.recouvrement.spi;
    exports org.recouvrement.calendar;
    exports org.recouvrement.deadline;
    exports org.recouvrement.interest;
    exports org.recouvrement.limitation;
    exports org.recouvrement.route;
    exports org.recouvrement.dunning;

    uses org.recouvrement.spi.StatutoryRateSource;
}
