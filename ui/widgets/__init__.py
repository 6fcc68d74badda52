"""Small reusable widgets of the Sealnote windows."""


