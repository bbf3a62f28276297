package org.partneracademy.catalog;

public record BrandView(long id, String code, String name) {

    public static BrandView of(Brand brand) {
        return new BrandView(brand.getId(), brand.getCode(), brand.getName());
    }
}
