package com.sitewright.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicUrlSettingsTest {

    @Test
    void anHttpAddressIsTheBaseWithoutItsTrailingSlash() {
        assertThat(new PublicUrlSettings("https://studio.example.com/").base()).contains("https://studio.example.com");
        assertThat(new PublicUrlSettings(" http://10.0.0.5:8080/sitewright ").base())
                .contains("http://10.0.0.5:8080/sitewright");
    }

    @Test
    void unsetOrUnusableAddressesRegisterNothingAndTheUnusableOnesAreNamed() {
        assertThat(new PublicUrlSettings(null).base()).isEmpty();
        assertThat(new PublicUrlSettings(" ").invalid()).isFalse();
        for (String wrong : new String[] {
            "studio.example.com",
            "ftp://studio.example.com",
            "https://studio.example.com/?a=b",
            "https:///nohost",
            "http://exa mple.com"
        }) {
            PublicUrlSettings settings = new PublicUrlSettings(wrong);
            assertThat(settings.base()).as(wrong).isEmpty();
            assertThat(settings.invalid()).as(wrong).isTrue();
        }
    }
}
