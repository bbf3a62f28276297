package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.partneracademy.it.support.RealEar;

/**
 * A partner admin imports people from a CSV file on the People page, in a real browser: a good file
 * adds everyone and the list shows them; a file with problems is refused as a whole, every problem
 * named by row and column, and the list stays as it was; so is a file that is not UTF-8. The rules
 * themselves are the service's (see PeopleImportIT); this checks that the page reports them.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class PeopleImportBrowserIT {

    private static final String HEADER = "username,displayName,email,position,locations,roles,initialPassword,persona,manager\n";
    private static final String REFUSED = "The file was not imported: ";

    @RegisterExtension
    final Browser browser = new Browser();

    @TempDir
    Path files;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aPartnerAdminImportsAGoodFileAndIsToldEveryProblemOfABadOne() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ana = "ui.import.ana." + suffix;
        String ben = "ui.import.ben." + suffix;
        // Non-ASCII and a quoted comma: the file is read as the UTF-8 CSV it is, not split at every comma.
        Path good = write("people.csv", StandardCharsets.UTF_8, HEADER
                + ana + ",Ana Importée " + suffix + "," + ana + "@example.com,Sales rep,Contoso London,LEARNER,import-" + suffix + "-1,Hunter,emma\n"
                + ben + ",\"Ben, Jr. " + suffix + "\"," + ben + "@example.com,SERVICE_TECHNICIAN,Contoso Manchester;Contoso London,LEARNER;TRAINER,import-" + suffix + "-2,,\n");

        LoginPage.open(browser).signIn("pa.contoso");
        var people = new PeoplePage(browser);
        int rowsBefore = people.usernames().size();

        people.importCsv(good);
        assertThat(people.messages()).containsExactly("Imported 2 people.");
        assertThat(people.rowOf(ana)).hasValueSatisfying(row -> assertThat(row).startsWith(
                "Ana Importée " + suffix, ana, "Sales rep", "Hunter", "emma", "Contoso London", "Learner", "Active"));
        assertThat(people.rowOf(ben)).hasValueSatisfying(row -> assertThat(row).startsWith(
                "Ben, Jr. " + suffix, ben, "Service technician", "", "", "Contoso London, Contoso Manchester",
                "Learner, Trainer", "Active"));
        int rowsAfterImport = people.usernames().size();
        assertThat(rowsAfterImport).isEqualTo(rowsBefore + 2);

        // Row 1 alone would be fine: all or nothing means it is not imported either.
        String first = "ui.import.first." + suffix;
        String shared = "shared." + suffix + "@example.com";
        Path bad = write("bad.csv", StandardCharsets.UTF_8, HEADER
                + first + ",First " + suffix + "," + shared + ",Sales rep,Contoso London,LEARNER,import-" + suffix + "-3,,\n"
                + "ui.import.second." + suffix + ",Second " + suffix + "," + shared + ",Sales rep,Contoso London,LEARNER,import-" + suffix + "-4,,\n"
                + "ui.import.third." + suffix + ",Third " + suffix + ",third." + suffix + "@example.com,Sales rep,Contoso London;Contoso Atlantis,LEARNER,import-" + suffix + "-5,,\n");

        people.importCsv(bad);
        assertThat(people.messages()).satisfiesExactly(
                summary -> assertThat(summary).startsWith(REFUSED + "2 problem(s)"),
                email -> assertThat(email).startsWith("Row 2, email: ").contains(shared).contains("row 1"),
                location -> assertThat(location).startsWith("Row 3, locations: ").contains("Contoso Atlantis"));
        assertThat(people.usernames()).hasSize(rowsAfterImport).doesNotContain(first);

        // As Excel saves "CSV" on many Windows machines: Latin-1, refused rather than imported with mangled names.
        Path latin1 = write("latin1.csv", StandardCharsets.ISO_8859_1, HEADER
                + "ui.import.zoe." + suffix + ",Zoë " + suffix + ",zoe." + suffix + "@example.com,Sales rep,Contoso London,LEARNER,import-" + suffix + "-6,,\n");

        people.importCsv(latin1);
        assertThat(people.messages()).satisfiesExactly(
                summary -> assertThat(summary).startsWith(REFUSED + "1 problem(s)"),
                file -> assertThat(file).startsWith("File: ").contains("UTF-8"));
        assertThat(people.usernames()).hasSize(rowsAfterImport).doesNotContain("ui.import.zoe." + suffix);
    }

    private Path write(String name, Charset charset, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, charset);
    }
}
