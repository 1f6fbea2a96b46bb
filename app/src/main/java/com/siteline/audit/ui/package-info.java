/** The record history that other modules' pages embed, and the administrators' audit log. */
@org.springframework.modulith.NamedInterface("ui")
package com.siteline.audit.ui;
