package org.partneracademy.platform.paging;

public enum SortDirection {
    ASC, DESC;

    public String sql() {
        return name().toLowerCase();
    }
}
