package no.fellesgrunn.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.common.DomainException;
import org.junit.jupiter.api.Test;

class OrganisationNumberTest {
    @Test
    void acceptsARealNumberWithOrWithoutSpaces() {
        // Brønnøysundregistrene: 9*3+7*2+4*7+7*6+6*5+0*4+6*3+7*2 = 173, 173 mod 11 = 8, check digit 11-8 = 3.
        assertThat(OrganisationNumber.parse("974 760 673").value()).isEqualTo("974760673");
        assertThat(OrganisationNumber.problemWith("974760673")).isNull();
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThatThrownBy(() -> new OrganisationNumber("974760674"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("check digit");
    }

    @Test
    void refusesWrongLengthAndLetters() {
        assertThat(OrganisationNumber.problemWith("97476067")).contains("exactly 9 digits");
        assertThat(OrganisationNumber.problemWith("97476067X")).contains("exactly 9 digits");
        assertThat(OrganisationNumber.problemWith(null)).contains("exactly 9 digits");
    }

    @Test
    void aRemainderOfOneHasNoCheckDigitSoNoNumberIsValid() {
        // 10000006: 1*3 + 6*2 = 15, 15 mod 11 = 4 -> check 7; 10000001: 3 + 2 = 5 -> 6; 30000000: 9 mod 11 = 9 -> 2.
        assertThat(OrganisationNumber.checkDigit("10000006")).isEqualTo(7);
        // 40000000: 4*3 = 12, 12 mod 11 = 1: no digit works.
        assertThat(OrganisationNumber.checkDigit("40000000")).isNull();
        for (int d = 0; d <= 9; d++) {
            assertThat(OrganisationNumber.problemWith("40000000" + d)).contains("check digit");
        }
    }

    @Test
    void anOrganisationCannotBeACitizen() {
        assertThatThrownBy(() -> new Organisation(UUID.randomUUID(), "Meg selv", null, Sector.CITIZEN, "1804", 0))
                .hasMessageContaining("CITIZEN");
    }

    @Test
    void anOrganisationNeedsARealLookingMunicipalityNumber() {
        assertThatThrownBy(() -> Organisation.create("Bodø kommune", null, Sector.MUNICIPALITY, "184"))
                .hasMessageContaining("four-digit");
    }
}
