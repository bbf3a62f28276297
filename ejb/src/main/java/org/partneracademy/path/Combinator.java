package org.partneracademy.path;

/** How a rule combines its conditions: ALL of them (and) or ANY of them (or). */
public enum Combinator {
    ALL, ANY
}
