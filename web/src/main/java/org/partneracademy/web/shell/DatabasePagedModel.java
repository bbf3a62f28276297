package org.partneracademy.web.shell;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy PrimeFaces table model whose every page is one service call: the database pages, counts and
 * sorts, the page holds only the rows shown. The table's own filters are not used; pages keep their
 * search fields in their bean and {@link #fetch} reads them.
 */
public abstract class DatabasePagedModel<T> extends LazyDataModel<T> {

    /** One page from the service; sortField is the column's {@code field} attribute, or null. */
    protected abstract Page<T> fetch(PageRequest page, String sortField, boolean descending);

    protected abstract String keyOf(T row);

    /** The table asks for the total before the page: the cheapest page that carries it. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch(PageRequest.of(0, 1), null, false).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var sort = sortBy == null ? null : sortBy.values().stream()
                .filter(meta -> meta.getOrder() != null && meta.getOrder() != SortOrder.UNSORTED)
                .findFirst().orElse(null);
        var page = fetch(PageRequest.ofFirst(first, Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE)),
                sort == null ? null : sort.getField(), sort != null && sort.getOrder() == SortOrder.DESCENDING);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return keyOf(row);
    }

    @Override
    public T getRowData(String rowKey) {
        @SuppressWarnings("unchecked")
        List<T> rows = (List<T>) getWrappedData();
        return rows == null ? null : rows.stream().filter(row -> Objects.equals(keyOf(row), rowKey)).findFirst().orElse(null);
    }
}
