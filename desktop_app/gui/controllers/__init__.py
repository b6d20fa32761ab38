"""Controllers: QObjects that each own one piece of the window's work and report by signals."""
