/**
 * Role-based learning paths and the rules that assign them. A path is an ordered list of step groups
 * (required: every step; elective: any N of its M steps) with prerequisite paths; courses may require
 * other courses and may count for others (equivalencies). Assignment rules match people by position,
 * brand, location, partner tier and type, and assign paths to everyone they match, set-based in SQL.
 * Progress is never stored: it is computed from completed enrollments each time ({@link ProgressCalculator}).
 */
package org.partneracademy.path;
