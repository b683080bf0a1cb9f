package com.newsdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SluggerTest {

    @Test
    void ukrainianHeadlinesGetLatinSlugsAfterTheNationalTransliteration() {
        assertEquals(
                "portove-mistechko-ne-zalyshylosia-bez-svitla",
                Slugger.fromHeadline("Портове містечко не залишилося без світла"));
        assertEquals("kyiv-zghoda-yurii-yizhakevych", Slugger.fromHeadline("Київ: згода, Юрій Їжакевич"));
        assertEquals("yaremche-i-yenakiieve", Slugger.fromHeadline("Яремче і Єнакієве"));
        assertEquals("znamianka", Slugger.fromHeadline("Знам’янка"));
    }

    @Test
    void latinHeadlinesAreAsBefore() {
        assertEquals("kyiv-s-grid-holds", Slugger.fromHeadline("Kyïv's grid holds!"));
        assertEquals("article", Slugger.fromHeadline("!!!"));
    }
}
