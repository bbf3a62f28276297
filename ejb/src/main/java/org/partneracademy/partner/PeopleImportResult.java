package org.partneracademy.partner;

import java.util.List;

/** The people an import created, in file order. */
public record PeopleImportResult(int created, List<PersonView> people) {
}
