package org.recouvrement.examples.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.RecouvrementDomain;

/** Any case the library can build reads back equal from its JSON form, and writes the same text again. */
@Domain(RecouvrementDomain.class)
@Domain(DomainContext.Global.class)
class CaseJsonProperties {

    @Property(tries = 300)
    void aCaseReadsBackEqual(@ForAll RecoveryCase file) {
        String json = CaseJson.write(file);
        RecoveryCase read = CaseJson.read(json);
        assertEquals(file, read);
        assertEquals(json, CaseJson.write(read));
    }

    @Property(tries = 300)
    void eachEventReadsBackEqualAlone(@ForAll RecoveryCase file) {
        for (CaseEvent event : file.events()) {
            assertEquals(event, CaseJson.readEvent(CaseJson.writeEvent(event), file.claim().currency()));
        }
        assertEquals(file.claim(), CaseJson.readClaim(CaseJson.writeClaim(file.claim())));
    }
}
