"""Language data as data: numerals, units and markers for Chinese and English."""
