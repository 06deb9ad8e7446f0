/** The timeline as data: immutable records with no dependencies beyond the JDK. */
package dev.annals.model;
