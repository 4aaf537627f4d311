Component({ properties: {} })
