/** The delivery page: a project's delivery tokens and the addresses sites read from. */
package com.sitewright.delivery.ui;
