/** The survey questions component, which the customer portal embeds. */
@org.springframework.modulith.NamedInterface("ui")
package com.siteline.survey.ui;
