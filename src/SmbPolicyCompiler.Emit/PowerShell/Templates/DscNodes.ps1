
    # ---- The logic below is the same for every ring (smbpol's DSC template); the data above is the ring's. ----
    foreach ($name in $NodeName)
    {
        $hostKey = $name.Split('.')[0].ToLowerInvariant()
        $values = @{} + $ring
        foreach ($exception in $exceptions)
        {
            if ($exception.Hosts -contains $hostKey)
            {
                foreach ($id in @($exception.Values.Keys)) { $values[$id] = $exception.Values[$id] }
            }
        }

        Node $name
        {
