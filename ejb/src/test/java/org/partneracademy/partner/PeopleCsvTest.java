package org.partneracademy.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.partneracademy.platform.error.RejectedRowsException;

class PeopleCsvTest {

    private static final String HEADER = "username,displayName,email,position,locations,roles,initialPassword,persona,manager\n";

    @Test
    void rowsAreReadByColumnNameWithListsSplitOnSemicolons() {
        var rows = PeopleCsv.parse(utf8(HEADER
                + "zoe.z, Zoë Zeller ,zoe@example.com,Sales rep,Contoso London; Contoso Manchester,LEARNER;TRAINER,a-long-password-1,,\n"
                + "\n"
                + "yan.y,\"Yan, Y.\",yan@example.com,DEAL_DESK,Contoso London,LEARNER,a-long-password-2,Farmer,zoe.z\n"));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).number()).isEqualTo(1);
        assertThat(rows.get(0).get("displayName")).isEqualTo("Zoë Zeller");
        assertThat(rows.get(0).list("locations")).containsExactly("Contoso London", "Contoso Manchester");
        assertThat(rows.get(0).get("persona")).isNull();
        assertThat(rows.get(1).get("displayName")).isEqualTo("Yan, Y.");
        assertThat(rows.get(1).get("manager")).isEqualTo("zoe.z");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAsAWhole() {
        byte[] latin1 = (HEADER + "zoe,Zoë,z@x.com,SALES_REP,L,LEARNER,a-long-password-1,,\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> PeopleCsv.parse(latin1)).isInstanceOfSatisfying(RejectedRowsException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.row()).isZero();
                    assertThat(error.message()).contains("UTF-8");
                }));
    }

    @Test
    void missingColumnsAreNamed() {
        assertThatThrownBy(() -> PeopleCsv.parse(utf8("username,email\nzoe,z@x.com\n")))
                .isInstanceOfSatisfying(RejectedRowsException.class, e -> assertThat(e.errors().get(0).message())
                        .contains("displayName", "position", "locations", "roles", "initialPassword"));
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreRefused() {
        assertThatThrownBy(() -> PeopleCsv.parse(new byte[0])).isInstanceOf(RejectedRowsException.class);
        assertThatThrownBy(() -> PeopleCsv.parse(utf8(HEADER))).isInstanceOf(RejectedRowsException.class);
    }

    @Test
    void filesLargerThanTheRowLimitAreRefused() {
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i <= PeopleCsv.MAX_ROWS; i++) {
            csv.append("u").append(i).append(",U,u").append(i).append("@x.com,SALES_REP,L,LEARNER,a-long-password-1,,\n");
        }

        assertThatThrownBy(() -> PeopleCsv.parse(utf8(csv.toString()))).isInstanceOfSatisfying(RejectedRowsException.class,
                e -> assertThat(e.errors().get(0).message()).contains(String.valueOf(PeopleCsv.MAX_ROWS)));
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        var rows = PeopleCsv.parse(utf8("\uFEFF" + HEADER + "zoe,Zoe,z@x.com,SALES_REP,L,LEARNER,a-long-password-1,,\n"));

        assertThat(rows.get(0).get("username")).isEqualTo("zoe");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
