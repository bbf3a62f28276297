package org.partneracademy.path;

public record PathRef(long id, String name) {
}
