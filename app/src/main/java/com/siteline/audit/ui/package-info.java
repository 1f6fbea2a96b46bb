/** The record history other modules' pages embed (named interface "ui" on the type) and the administrators' audit log. */
package com.siteline.audit.ui;
